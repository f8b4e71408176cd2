/**
 * The wizard's form controls in Fluent UI's look, kept small for the bundle budget (169 KB
 * gzip for the task pane and the custom functions together; React 19 alone is 60 KB):
 *
 * - {@link TextInput}: Fluent's `Input` with a real label, a hint and an inline error
 *   (role="alert", aria-invalid, aria-describedby) – what Fluent's `Field` does, for less than
 *   the 4 KB gzip Field and its icons cost.
 * - {@link RadioChoice}, {@link Toggle}: native radio buttons, checkbox and switch
 *   (`role="switch"`). Fluent's Radio, Checkbox and Switch wrap the same native inputs but cost
 *   about 3 KB gzip each. Native inputs keep everything a screen reader and the keyboard expect
 *   (arrow keys in a radio group, Space on a checkbox or switch).
 * - {@link Notice}: an error or success message in the look of Fluent's `MessageBar` (4 KB
 *   gzip), inside a live region the caller keeps mounted.
 */
import { Input, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { classes as s, cx } from "./styles";

/** A group of radio buttons under a legend. */
export function RadioChoice<T extends string>(props: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const name = useId("choice");
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.fieldLegend}>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className={s.option}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={props.value === o.value}
            className={s.box}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A checkbox or (with `role="switch"`) an on/off switch, with a one-line explanation. */
export function Toggle(props: {
  kind: "checkbox" | "switch";
  label: string;
  hint: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId("hint");
  return (
    <div>
      <label className={cx(s.option, props.disabled === true && s.disabled)}>
        <input
          type="checkbox"
          role={props.kind === "switch" ? "switch" : undefined}
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={hintId}
          className={props.kind === "switch" ? s.switch : s.box}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        {props.label}
      </label>
      <p id={hintId} className={s.hint}>
        {props.hint}
      </p>
    </div>
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
  const id = useId("field");
  const invalid = props.error !== undefined && props.error !== null && props.error !== false;
  const describedBy = [invalid ? `${id}-error` : "", props.hint ? `${id}-hint` : ""]
    .filter((x) => x !== "")
    .join(" ");
  return (
    <div className={cx(s.field, props.className)}>
      <label htmlFor={id} className={s.label}>
        {props.label}
      </label>
      <div className={s.inputRow}>
        <Input
          id={id}
          value={props.value}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          spellCheck={props.spellCheck}
          autoComplete="off"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy === "" ? undefined : describedBy}
          contentAfter={
            props.unit === undefined ? undefined : <span aria-hidden="true">{props.unit}</span>
          }
          onChange={(_, d) => props.onChange(d.value)}
        />
        {props.action}
      </div>
      <div role="alert" id={`${id}-error`} className={s.error}>
        {invalid ? props.error : null}
      </div>
      {props.hint ? (
        <div id={`${id}-hint`} className={s.hint}>
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}

/** An error or success message with a title, in the look of Fluent's MessageBar. */
export function Notice(props: {
  intent: "error" | "success";
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={cx(s.notice, props.intent === "error" ? s.noticeError : s.noticeSuccess)}>
      <span className={s.noticeTitle}>{props.title}</span>
      {props.children !== undefined && <div>{props.children}</div>}
      {props.actions !== undefined && <div>{props.actions}</div>}
    </div>
  );
}
