/**
 * The wizard's form controls: thin wrappers over Fluent UI v9's own components, so every step
 * states a field the same way and the steps' code stays short.
 *
 * - {@link TextInput}: Fluent's `Field` around an `Input` (label, hint, inline error with
 *   role="alert", aria-invalid, aria-describedby), with room for a button beside the input.
 * - {@link RadioChoice}: `Field` + `RadioGroup`/`Radio` (native radios: arrow keys move).
 * - {@link Toggle}: `Switch` (role="switch") or `Checkbox`, described by the `Field`'s hint.
 * - {@link Notice}: an error or success `MessageBar`, inside a live region the caller keeps
 *   mounted (Fluent's own announcement needs an announcer the pane does not load).
 *
 * Their styles are extracted to CSS at build time (Griffel's webpack plugin), which is what
 * lets these components fit the pane's bundle budget; see webpack.config.js.
 */
import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // The button moves under the input rather than squeeze an address out of sight (320 px).
  inputRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  input: { flex: "1 1 14em", minWidth: 0 },
  action: { flex: "0 0 auto" },
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** A Field slot holding `content`, or none when there is nothing to show. */
function slotOf(content: ReactNode): { children: ReactNode } | undefined {
  return content === undefined || content === null || content === false || content === ""
    ? undefined
    : { children: content };
}

/** A group of radio buttons under a label. */
export function RadioChoice<T extends string>(props: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <Field label={props.legend}>
      <RadioGroup value={props.value} onChange={(_, d) => props.onChange(d.value as T)}>
        {props.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** A checkbox or an on/off switch, with a one-line explanation. */
export function Toggle(props: {
  kind: "checkbox" | "switch";
  label: string;
  hint: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const common = {
    label: props.label,
    checked: props.checked,
    disabled: props.disabled,
  };
  return (
    <Field hint={slotOf(props.hint)}>
      {props.kind === "switch" ? (
        <Switch {...common} onChange={(_, d) => props.onChange(d.checked)} />
      ) : (
        <Checkbox {...common} onChange={(_, d) => props.onChange(d.checked === true)} />
      )}
    </Field>
  );
}

/** A labelled text input with an optional hint and inline errors. */
export function TextInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the input and read as its description. */
  hint?: ReactNode;
  /** Errors: the input is marked invalid and they are announced. */
  error?: ReactNode;
  unit?: string;
  inputMode?: "decimal" | "numeric" | "text";
  placeholder?: string;
  spellCheck?: boolean;
  className?: string;
  /** A button beside the input (e.g. "Brug markering"). */
  action?: ReactNode;
}) {
  const styles = useStyles();
  const invalid = slotOf(props.error) !== undefined;
  return (
    <Field
      label={props.label}
      hint={slotOf(props.hint)}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? slotOf(props.error) : undefined}
      className={props.className}
    >
      <div className={styles.inputRow}>
        <Input
          className={styles.input}
          value={props.value}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          spellCheck={props.spellCheck}
          autoComplete="off"
          contentAfter={
            props.unit === undefined ? undefined : <span aria-hidden="true">{props.unit}</span>
          }
          onChange={(_, d) => props.onChange(d.value)}
        />
        {props.action === undefined ? null : <div className={styles.action}>{props.action}</div>}
      </div>
    </Field>
  );
}

/** An error or success message with a title: Fluent's MessageBar. */
export function Notice(props: {
  intent: "error" | "success";
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.children !== undefined && <div>{props.children}</div>}
      </MessageBarBody>
      {props.actions !== undefined && <MessageBarActions>{props.actions}</MessageBarActions>}
    </MessageBar>
  );
}

/**
 * A live region for an error (kept mounted so screen readers announce what appears in it), with
 * the error as an error notice under `title` when there is one.
 */
export function ErrorRegion(props: { title: string; error: string | null | undefined }) {
  return (
    <div role="alert">
      {props.error !== null && props.error !== undefined && (
        <Notice intent="error" title={props.title}>
          {props.error}
        </Notice>
      )}
    </div>
  );
}
