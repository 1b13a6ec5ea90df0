/** What a ChoiceSelect needs: its label, the values it offers, how each reads, and where a choice goes. */
export interface ChoiceSelectProps<V extends string> {
  label: string;
  value: V;
  choices: readonly V[];
  /** The text an option shows (translated by the caller); the value itself when left out. */
  choiceText?: (choice: V) => string;
  onChange(choice: V): void;
  className?: string | undefined;
}

/** A labelled select over a fixed list of values (a theme, a protocol, a log level): the label names it for assistive technology. */
export function ChoiceSelect<V extends string>({ label, value, choices, choiceText = (choice) => choice, onChange, className }: ChoiceSelectProps<V>) {
  return (
    <label className={className}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceText(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
