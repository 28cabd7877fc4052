import { useId, useState, type FormEvent } from 'react';

export interface AnswerFormProps {
  readonly onCheck: (text: string) => void;
  /** Id of the feedback element, so the field announces it. */
  readonly feedbackId: string;
  readonly invalid: boolean;
  /** Focus the box when it appears (after "Next question"). */
  readonly autoFocus?: boolean;
}

// The "Answer" box and the "Check" button; Enter checks too (it is a form).
export function AnswerForm({ onCheck, feedbackId, invalid, autoFocus = false }: AnswerFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck(text);
  };
  return (
    <form className="answer-form" onSubmit={submit} noValidate>
      <label htmlFor={id} className="answer-label">
        Answer
      </label>
      <div className="answer-row">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          autoFocus={autoFocus}
          autoCapitalize="off"
          spellCheck={false}
          className="answer-input num"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-forms ${feedbackId}`}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="check-button">
          Check
        </button>
      </div>
      <p id={`${id}-forms`} className="answer-forms">
        e.g. 568740352 · 568,740,352 · 5.687e8 · 568.7M · 1/256 + 1/9 · 11.5% · 8.7x
      </p>
    </form>
  );
}
