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
  const tolerance = useTutorial((s) => s.lab.tolerance);
  const active = presetMatching(params);
  const input = specFor('input');
  const goal = specFor('goal');

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
      <ParamControl spec={specFor('alpha')} params={params} onChange={(value) => commitParam(store, 'alpha', value)} />
      <ParamControl spec={specFor('startWeight')} params={params} onChange={(value) => commitParam(store, 'startWeight', value)} />
      <details className="example">
        <summary>
          The example: budget {formatMoney(params.input)}, gross {formatMoney(params.goal)}
        </summary>
        <div className="control-row">
          <NumberField label={input.label} hint={input.hint} value={params.input} onCommit={(value) => commitParam(store, 'input', value)} />
          <NumberField label={goal.label} hint={goal.hint} value={params.goal} onCommit={(value) => commitParam(store, 'goal', value)} />
          <NumberField
            label="Stop when within (dollars)"
            hint="0 keeps the article’s rule: stop only when the prediction equals the goal exactly."
            value={tolerance}
            onCommit={(value) => commitTolerance(store, value)}
          />
        </div>
      </details>
    </div>
  );
}
