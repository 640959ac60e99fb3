import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { UiError } from '../hooks/errors';
import { LongText, overBy } from './LongText';
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
  /** The text box's class: the app-wide bordered `textarea`, plus a page's height modifier. */
  boxClassName?: string;
}

/** A note or reason box with its confirm button(s), the server's error under it and a spinner on the tapped button. */
export function NoteForm(props: NoteFormProps) {
  const [note, setNote] = useState('');
  const [tapped, setTapped] = useState(0);
  const trimmed = note.trim();
  const { actions, pending } = props;
  const several = actions.length > 1 || !!props.onCancel;
  const max = props.maxLength ?? 200;
  const tooLong = overBy(note, max) > 0;

  const buttons = actions.map((a, i) => (
    <Button
      key={a.label}
      type={a.primary ? 'primary' : 'default'}
      size='large'
      block
      loading={pending && tapped === i}
      disabled={(several && pending) || tooLong || trimmed.length < (a.minLength ?? 0)}
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
      <LongText
        className={props.boxClassName ?? 'textarea'}
        value={note}
        max={max}
        placeholder={props.placeholder}
        onInput={(text) => {
          setNote(text);
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
