import { Text, Textarea, View } from '@tarojs/components';

/**
 * The native length cap of a long text box: far above any limit, so a paste is never cut silently. The
 * limit itself is the field's `max`, said under the box (`LengthNote`) and checked before saving (`overBy`).
 */
export const NO_CUT = 100000;

/** How many characters `text` is over `max` (0 when within). */
export const overBy = (text: string, max: number): number => Math.max(0, text.length - max);

/** The refusal under a box that is too long. */
export const overMessage = (text: string, max: number): string => `最多${max}字，已超出${overBy(text, max)}字`;

/** Live count under a long text box; over the limit, the refusal in red. */
export function LengthNote({ text, max }: { text: string; max: number }) {
  return overBy(text, max) > 0 ? (
    <Text className='bad length-note'>{overMessage(text, max)}</Text>
  ) : (
    <Text className='muted length-note'>
      {text.length}/{max}字
    </Text>
  );
}

interface LongTextProps {
  /** The box's classes: the app-wide `textarea`, plus a page's height modifier. */
  className?: string;
  value: string;
  max: number;
  placeholder?: string;
  autoHeight?: boolean;
  onInput: (text: string) => void;
}

/** A long text box with its live count: everything typed or pasted stays; too long is said, not cut. */
export function LongText(props: LongTextProps) {
  return (
    <View className='long-text'>
      <Textarea
        className={props.className ?? 'textarea'}
        value={props.value}
        maxlength={NO_CUT}
        autoHeight={props.autoHeight}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput(e.detail.value ?? '')}
      />
      <LengthNote text={props.value} max={props.max} />
    </View>
  );
}
