import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { UiError } from '../hooks/errors';
import { Button } from './ui';
import './NoteForm.css';

/** One confirm button under the note; `minLength` keeps it disabled until the trimmed note is that long. */
export interface NoteAction {
  label: string;
  primary?: boolean;
  minLength?: number;
}

export interface NoteFormProps {
  placeholder: string;
  /** One button, or several side by side (e.g. 批准 / 不批准); onConfirm gets the index of the one tapped. */
  actions: NoteAction[];
  onConfirm: (note: string, action: number) => void;
  pending: boolean;
  error: UiError | null;
  /** Called on every keystroke, to clear the previous error. */
  onEdit?: () => void;
  /** When given, a 取消 button closes the form. */
  onCancel?: () => void;
  maxLength?: number;
  /** The text box's class; the app-wide bordered `textarea` unless a page styles its own. */
  boxClassName?: string;
}

/** A note or reason box with its confirm button(s), the server's error under it and a spinner on the tapped button. */
export function NoteForm(props: NoteFormProps) {
  const [note, setNote] = useState('');
  const [tapped, setTapped] = useState(0);
  const trimmed = note.trim();
  const { actions, pending } = props;
  const several = actions.length > 1 || !!props.onCancel;

  const buttons = actions.map((a, i) => (
    <Button
      key={a.label}
      type={a.primary ? 'primary' : 'default'}
      size='large'
      block
      loading={pending && tapped === i}
      disabled={(several && pending) || trimmed.length < (a.minLength ?? 0)}
      onClick={() => {
        setTapped(i);
        props.onConfirm(trimmed, i);
      }}
    >
      {a.label}
    </Button>
  ));

  return (
    <View className='stack'>
      <Textarea
        className={props.boxClassName ?? 'textarea'}
        value={note}
        maxlength={props.maxLength ?? 200}
        placeholder={props.placeholder}
        onInput={(e) => {
          setNote(e.detail.value ?? '');
          props.onEdit?.();
        }}
      />
      {props.error ? <Text className='bad'>{props.error.details[0]?.message ?? props.error.message}</Text> : null}
      {several ? (
        <View className='note-form__actions'>
          {buttons}
          {props.onCancel ? (
            <Button size='large' block disabled={pending} onClick={props.onCancel}>
              取消
            </Button>
          ) : null}
        </View>
      ) : (
        buttons
      )}
    </View>
  );
}
