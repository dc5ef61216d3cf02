import { useId } from 'react';
import { NumberField } from '../../../controls/NumberField.tsx';
import { MAX_SEED, bestWeight, formatNumber, formatScientific } from '../../../core/index.ts';
import type { Store } from '../../../store/index.ts';
import { useMany, useManyStore } from './context.ts';
import { RangeControl } from '../../../controls/RangeControl.tsx';
import { alphaRange, startWeightRange } from './ranges.ts';
import { setMode, setOrder, setSetting, type ManyState } from './state.ts';
import type { ManySettings } from './urlCodec.ts';

/** Applies a setting, or returns why it was refused (for the field's message). */
function commit<K extends keyof ManySettings>(store: Store<ManyState>, key: K, value: ManySettings[K]): string | null {
  const change = setSetting(store.getState(), key, value);
  if (!change.ok) return change.message;
  store.setState(() => change.state);
  return null;
}

/** The chapter's settings: learning rate, starting weight, how the films are used, and when to stop. */
export function Controls() {
  const store = useManyStore();
  const id = useId();
  const settings = useMany((s) => s.settings);
  const films = useMany((s) => s.data.films);
  const examples = useMany((s) => s.data.examples);
  const best = examples.length === 0 ? null : bestWeight(examples);
  const { mode, order } = settings;

  return (
    <div className="many-controls">
      <ChoiceGroup
        legend="How the model learns"
        name={`${id}-mode`}
        value={mode}
        options={[
          ['batch', 'All films at once', 'Each update uses the average correction over every film.'],
          ['stochastic', 'One film at a time', 'Each update uses one film’s correction.'],
        ]}
        onChange={(value) => {
          store.setState((s) => setMode(s, value));
        }}
      />
      {mode === 'stochastic' && (
        <ChoiceGroup
          legend="Order of the films"
          name={`${id}-order`}
          value={order}
          options={[
            ['in-order', 'In order', 'Table order, every pass.'],
            ['shuffled', 'Shuffled', 'A new order every pass, from the seed.'],
          ]}
          onChange={(value) => {
            store.setState((s) => setOrder(s, value));
          }}
        />
      )}
      {mode === 'stochastic' && order === 'shuffled' && (
        <div className="many-seed">
          <NumberField
            label="Seed of the shuffle"
            hint={`A whole number from 0 to ${formatNumber(MAX_SEED, 10)}: the same seed gives the same orders, every time.`}
            value={settings.seed}
            onCommit={(value) => commit(store, 'seed', value)}
          />
          <button
            type="button"
            onClick={() => {
              commit(store, 'seed', settings.seed >= MAX_SEED ? 0 : settings.seed + 1);
            }}
          >
            Another seed
          </button>
        </div>
      )}
      <RangeControl
        label="Learning rate for the films"
        value={settings.alpha}
        range={alphaRange(films, mode)}
        format={(v) => formatScientific(v, 3)}
        hint={
          mode === 'batch'
            ? 'alpha, for amounts in millions of dollars. Marked: one update lands on the best weight, and the edge beyond which the run diverges.'
            : 'alpha, for amounts in millions of dollars. Marked: one step and the edge for the film with the largest budget, whose updates are the largest.'
        }
        onChange={(value) => commit(store, 'alpha', value)}
      />
      <RangeControl
        label="Starting weight for the films"
        value={settings.startWeight}
        range={startWeightRange(best)}
        format={(v) => formatNumber(v, 6)}
        hint="The weight the model starts from: 1 predicts that every film grosses what it cost."
        onChange={(value) => commit(store, 'startWeight', value)}
      />
      <NumberField
        label="Stop when the mean weight delta is within"
        hint="0 stops only when it is exactly 0, or for another reason below."
        value={settings.tolerance}
        onCommit={(value) => commit(store, 'tolerance', value)}
      />
    </div>
  );
}

/** A group of radio buttons, each with a label and a hint. */
function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  options: readonly (readonly [V, string, string])[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="many-choice">
      <legend>{legend}</legend>
      {/* Each option is named by its label alone; its hint describes it, and is not read as part of the name. */}
      {options.map(([option, label, hint]) => (
        <label key={option} className="many-choice__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            aria-labelledby={`${name}-${option}-label`}
            aria-describedby={`${name}-${option}-hint`}
            onChange={() => {
              onChange(option);
            }}
          />
          <span>
            <span id={`${name}-${option}-label`}>{label}</span>
            <small id={`${name}-${option}-hint`} className="field-hint">
              {hint}
            </small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
