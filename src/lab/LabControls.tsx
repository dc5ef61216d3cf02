import { memo } from 'react';
import { formatMoney } from '../core/index.ts';
import { NumberField } from '../controls/NumberField.tsx';
import { ParamControl } from '../controls/ParamControl.tsx';
import {
  PRESETS,
  commitParam,
  commitParams,
  commitTolerance,
  presetMatching,
  specFor,
  useTutorial,
  useTutorialStore,
} from '../store/index.ts';

/** The lab's parameters: sliders with exact entry, the example, the stop tolerance and presets. */
export function LabControls() {
  const store = useTutorialStore();
  const params = useTutorial((s) => s.lab.params);
  const active = presetMatching(params);

  return (
    <div className="lab-controls">
      <fieldset className="presets">
        <legend>Try a preset</legend>
        <div className="presets__list">
          {PRESETS.map((preset) => (
            <button
              key={preset.id}
              type="button"
              aria-pressed={active?.id === preset.id}
              title={preset.description}
              onClick={() => commitParams(store, preset.params)}
            >
              {preset.label}
            </button>
          ))}
        </div>
        <p className="field-hint" aria-live="polite">
          {active ? active.description : 'Your own settings.'}
        </p>
      </fieldset>
      <ParamControl spec={specFor('alpha')} />
      <ParamControl spec={specFor('startWeight')} />
      <ExampleFields />
    </div>
  );
}

/**
 * The example and the stop tolerance, in a closed box by default. It reads its own values, so
 * the learning-rate and starting-weight sliders do not redraw it.
 */
const ExampleFields = memo(function ExampleFields() {
  const store = useTutorialStore();
  const budget = useTutorial((s) => s.lab.params.input);
  const gross = useTutorial((s) => s.lab.params.goal);
  const tolerance = useTutorial((s) => s.lab.tolerance);
  const input = specFor('input');
  const goal = specFor('goal');
  return (
    <details className="example">
      <summary>
        The example: budget {formatMoney(budget)}, gross {formatMoney(gross)}
      </summary>
      <div className="control-row">
        <NumberField label={input.label} hint={input.hint} value={budget} onCommit={(value) => commitParam(store, 'input', value)} />
        <NumberField label={goal.label} hint={goal.hint} value={gross} onCommit={(value) => commitParam(store, 'goal', value)} />
        <NumberField
          label="Stop when within (dollars)"
          hint="0 keeps the article’s rule: stop only when the prediction equals the goal exactly."
          value={tolerance}
          onCommit={(value) => commitTolerance(store, value)}
        />
      </div>
    </details>
  );
});
