import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CELLS } from '../../../core/beyond/many/hostile.ts';
import { numberOf, playback, renderMany, shownMarkup } from './renderMany.tsx';

const table = () => within(screen.getByRole('table'));
const budgetOf = (title: string) => screen.getByRole('textbox', { name: `Budget of ${title}, millions of dollars` });
const grossOf = (title: string) => screen.getByRole('textbox', { name: `Gross of ${title}, millions of dollars` });
const summary = () => screen.getByText(/train(s)? the model/, { selector: '.many-data__summary' });
const bestShown = () => screen.getByText(/^Best weight for these films:/).querySelector('strong')?.textContent ?? '';
/** The message cell a box points to. */
const messageFor = (box: HTMLElement) => {
  const id = box.getAttribute('aria-describedby');
  return id === null ? null : document.getElementById(id);
};

describe('the films table', { timeout: 30_000 }, () => {
  it('labels every box by its film, and edits retrain the model', () => {
    renderMany();
    expect(table().getAllByRole('textbox')).toHaveLength(60);
    expect(screen.getByRole('textbox', { name: 'Title of row 1' })).toHaveValue('Mad Max');
    expect(budgetOf('Mad Max')).toHaveValue('0.2');
    expect(grossOf('Moneyball')).toHaveValue('111.300835');
    expect(screen.getByRole('button', { name: 'Remove Mad Max' })).toBeInTheDocument();
    fireEvent.change(grossOf('Moneyball'), { target: { value: '2000' } });
    expect(bestShown()).not.toBe('6.39382');
    expect(summary()).toHaveTextContent('20 films train the model.');
  });

  it('marks a hostile cell with a message in its row, leaves the row out of training and counts it', () => {
    const { container } = renderMany();
    const box = budgetOf('Mad Max');
    for (const value of HOSTILE_CELLS) {
      fireEvent.change(box, { target: { value } });
      expect(box).toHaveValue(value);
      if (value === '1.5') {
        expect(box).toHaveAttribute('aria-invalid', 'false');
        expect(summary()).toHaveTextContent('20 films train the model.');
        continue;
      }
      expect(box, JSON.stringify(value)).toHaveAttribute('aria-invalid', 'true');
      const message = messageFor(box);
      expect(message?.textContent, JSON.stringify(value)).toMatch(/^The budget/);
      expect(message?.closest('tr')).toBe(box.closest('tr'));
      expect(summary()).toHaveTextContent('19 films train the model; 1 row has a problem and is left out.');
      expect(screen.getByRole('img', { name: /^Films, gross against budget/ })).toHaveAccessibleName(/19 films/);
      expect(shownMarkup(container), JSON.stringify(value)).not.toMatch(/NaN|Infinity/);
      expect(container.querySelector('script')).toBeNull();
    }
  });

  it('says which cell of a row is wrong, and the row trains again once fixed', () => {
    renderMany();
    fireEvent.change(grossOf('Rocky'), { target: { value: '-5' } });
    expect(messageFor(grossOf('Rocky'))).toHaveTextContent('The gross “-5” has a minus sign: amounts cannot be negative.');
    expect(budgetOf('Rocky')).toHaveAttribute('aria-invalid', 'false');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of row 3' }), { target: { value: '' } });
    expect(budgetOf('row 3')).toBeInTheDocument();
    expect(messageFor(screen.getByRole('textbox', { name: 'Title of row 3' }))).toHaveTextContent(/^The title is empty\. The gross/);
    fireEvent.change(grossOf('row 3'), { target: { value: '225' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of row 3' }), { target: { value: 'Rocky' } });
    expect(summary()).toHaveTextContent('20 films train the model.');
    expect(bestShown()).toBe('6.39382');
  });

  it('adds a film, focusing its title, and trains on it once it is complete', async () => {
    const { user } = renderMany();
    await user.click(screen.getByRole('button', { name: 'Add a film' }));
    const title = screen.getByRole('textbox', { name: 'Title of row 21' });
    expect(title).toHaveFocus();
    expect(summary()).toHaveTextContent('20 films train the model; 1 row has a problem and is left out.');
    await user.type(title, 'Clerks');
    await user.tab();
    expect(budgetOf('Clerks')).toHaveFocus();
    await user.type(budgetOf('Clerks'), '0.23');
    await user.tab();
    await user.type(grossOf('Clerks'), '3.15');
    expect(summary()).toHaveTextContent('21 films train the model.');
  });

  it('removes a film, moving the focus to the next Remove button', async () => {
    const { user } = renderMany();
    await user.click(screen.getByRole('button', { name: 'Remove Mad Max' }));
    expect(screen.queryByRole('textbox', { name: /Mad Max/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Halloween' })).toHaveFocus();
    expect(summary()).toHaveTextContent('19 films train the model.');
    await user.click(screen.getByRole('button', { name: 'Reset to the 20 films' }));
    expect(budgetOf('Mad Max')).toHaveValue('0.2');
    expect(summary()).toHaveTextContent('20 films train the model.');
  });

  it('with every film removed there is no run, and it says why', async () => {
    const { user } = renderMany();
    for (let i = 0; i < 20; i += 1) await user.click(table().getAllByRole('button')[0]!);
    expect(screen.getByRole('button', { name: 'Add a film' })).toHaveFocus();
    expect(screen.getByText(/^The table is empty/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Many examples playback' })).not.toBeInTheDocument();
    expect(summary()).toHaveTextContent('No film trains the model.');
  });

  it('pastes CSV: good lines train, bad lines stay in the table with messages, unreadable lines are listed', async () => {
    const { user, container } = renderMany();
    const box = screen.getByRole('textbox', { name: 'Paste CSV' });
    fireEvent.change(box, {
      target: {
        value: 'title,budget,gross\nMad Max,0.2,99.75\nRocky,1,225\nBad film,NaN,5\nNegative,-1,2\nToo,many,fields,here\n<script>alert(1)</script>,1,2\n',
      },
    });
    await user.click(screen.getByRole('button', { name: 'Use this CSV' }));
    expect(table().getAllByRole('row')).toHaveLength(6);
    expect(summary()).toHaveTextContent('3 films train the model; 2 rows have problems and are left out.');
    expect(messageFor(budgetOf('Bad film'))).toHaveTextContent('The budget “NaN” is not a number.');
    expect(messageFor(budgetOf('Negative'))).toHaveTextContent('has a minus sign');
    expect(screen.getByRole('textbox', { name: 'Title of row 5' })).toHaveValue('<script>alert(1)</script>');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('One line was not put in the table:');
    expect(alert).toHaveTextContent('Line 6: 4 fields, but the header has 3.');
    expect(screen.getByText(/^The table now holds the 5 rows of your CSV\./)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(shownMarkup(container)).not.toMatch(/NaN|Infinity/);
    // The model learns from the three good films only.
    expect(numberOf('Mean squared error')).toMatch(/\d/);
    // Once the table changes again, what the paste left there is no longer told.
    await user.click(screen.getByRole('button', { name: 'Reset to the 20 films' }));
    expect(screen.queryByText(/^The table now holds/)).not.toBeInTheDocument();
    expect(screen.queryByText('One line was not put in the table:', { exact: false })).not.toBeInTheDocument();
  });

  it('reads amounts in dollars when asked, and leaves the table alone when nothing can be used', async () => {
    const { user } = renderMany();
    const box = screen.getByRole('textbox', { name: 'Paste CSV' });
    await user.click(screen.getByRole('button', { name: 'Use this CSV' }));
    expect(screen.getByText('Paste some CSV into the box first.')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'only;semicolons;here' } });
    await user.click(screen.getByRole('button', { name: 'Use this CSV' }));
    expect(screen.getByText(/so the table is unchanged/)).toBeInTheDocument();
    expect(table().getAllByRole('row')).toHaveLength(21);
    fireEvent.change(box, { target: { value: 'Mad Max,"200,000","99,750,000"' } });
    await user.click(screen.getByRole('radio', { name: 'dollars' }));
    await user.click(screen.getByRole('button', { name: 'Use this CSV' }));
    expect(budgetOf('Mad Max')).toHaveValue('0.2');
    expect(grossOf('Mad Max')).toHaveValue('99.75');
    expect(playback().count()).toHaveTextContent(/^0 \/ [\d,]+$/);
  });

  it('fills the box with the table as CSV, which reads back to the same table', async () => {
    const { user } = renderMany();
    fireEvent.change(budgetOf('Saw'), { target: { value: 'oops' } });
    await user.click(screen.getByRole('button', { name: 'Fill the box with the table' }));
    const box = screen.getByRole('textbox', { name: 'Paste CSV' });
    expect((box as HTMLTextAreaElement).value).toMatch(/^title,budget,gross\nMad Max,0\.2,99\.75\n/);
    await user.click(screen.getByRole('button', { name: 'Use this CSV' }));
    expect(budgetOf('Saw')).toHaveValue('oops');
    expect(table().getAllByRole('row')).toHaveLength(21);
  });

  it('puts a small table in the link, and says when one is too large to fit', () => {
    const { updates } = renderMany();
    fireEvent.change(budgetOf('Mad Max'), { target: { value: '0.3' } });
    expect(updates.at(-1)?.['many.data']).toMatch(/^Mad Max\*0\.3\*99\.75_Halloween/);
    expect(screen.queryByText(/too large to fit in the link/)).not.toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Paste CSV' });
    const lines = Array.from({ length: 120 }, (_, i) => `A film with a rather long title ${i},${i + 1},${2 * i + 3}`);
    fireEvent.change(box, { target: { value: lines.join('\n') } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this CSV' }));
    expect(screen.getByText('Your data set is too large to fit in the link; the link keeps the other settings.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(updates.at(-1)).not.toHaveProperty('many.data');
  });
});
