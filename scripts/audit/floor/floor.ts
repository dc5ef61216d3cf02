// The audit's floor page (built by `buildFloor` in scripts/audit/server.mjs): one range input that
// plain DOM code follows, and one that React follows as a controlled input. Each writes its value
// into an <output> and does nothing else, so a drag measures the browser's and React's own cost of a
// slider event, with nothing to recompute or draw.
import { createElement as h, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';

const bare = document.querySelector<HTMLInputElement>('#bare');
const bareValue = document.querySelector<HTMLOutputElement>('#bare-value');
if (bare && bareValue) {
  bare.addEventListener('input', () => {
    bareValue.textContent = bare.value;
  });
}

function ReactSlider() {
  const [value, setValue] = useState(500);
  return h(
    'p',
    null,
    h('label', { htmlFor: 'react' }, 'React slider'),
    ' ',
    h('input', {
      id: 'react',
      type: 'range',
      min: 0,
      max: 1000,
      value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setValue(Number(event.target.value));
      },
    }),
    ' ',
    h('output', { htmlFor: 'react' }, String(value)),
  );
}

const root = document.querySelector('#react-root');
if (root) createRoot(root).render(h(ReactSlider));
