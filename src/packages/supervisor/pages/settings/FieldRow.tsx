import { Input, Switch, Text, View } from '@tarojs/components';
import { ROLE_CHOICES, type FieldDef } from './fields';
import { describe, settingAnchor, textOf, valueOf } from './draft';

interface Props {
  field: FieldDef;
  value: unknown;
  defaultValue: unknown;
  changed: boolean;
  errors: string[];
  onChange: (value: unknown) => void;
}

function NumberInput({ value, kind, label, onChange }: { value: unknown; kind: FieldDef['kind']; label: string; onChange: (v: unknown) => void }) {
  return (
    // A plain text box, not type='digit': a number box on H5 (and the mini-program's digit keyboard) drops a
    // minus sign, so '-3' would arrive as 3. The rules schema refuses it instead, next to the field.
    <Input
      className='setting-input'
      type='text'
      value={textOf(value, kind)}
      aria-label={label}
      onInput={(e) => onChange(valueOf(e.detail.value, kind))}
    />
  );
}

function Control({ field, value, onChange }: Pick<Props, 'field' | 'value' | 'onChange'>) {
  switch (field.kind) {
    case 'bool':
      return <Switch checked={value === true} color='#c8161d' aria-label={field.label} onChange={(e) => onChange(e.detail.value)} />;
    case 'time':
      return (
        <Input
          className='setting-input'
          type='text'
          maxlength={5}
          placeholder='10:00'
          value={typeof value === 'string' ? value : ''}
          aria-label={field.label}
          onInput={(e) => onChange(e.detail.value.trim())}
        />
      );
    case 'ratio': {
      const r = (value ?? {}) as { numerator?: unknown; denominator?: unknown };
      return (
        <View className='setting-ratio'>
          <NumberInput value={r.numerator} kind='int' label={`${field.label}分子`} onChange={(v) => onChange({ ...r, numerator: v })} />
          <Text>/</Text>
          <NumberInput value={r.denominator} kind='int' label={`${field.label}分母`} onChange={(v) => onChange({ ...r, denominator: v })} />
        </View>
      );
    }
    case 'roles':
      return null; // drawn below the label, one switch per role
    default:
      return (
        <View className='setting-ratio'>
          <NumberInput value={value} kind={field.kind} label={field.label} onChange={onChange} />
          {field.unit ? <Text className='muted'>{field.unit}</Text> : null}
        </View>
      );
  }
}

function Roles({ value, onChange }: { value: unknown; onChange: (v: unknown) => void }) {
  const roles = Array.isArray(value) ? (value as string[]) : [];
  return (
    <View>
      {ROLE_CHOICES.map((c) => (
        <View className='row' key={c.value}>
          <Text>{c.label}</Text>
          <Switch
            checked={roles.includes(c.value)}
            color='#c8161d'
            aria-label={c.label}
            onChange={(e) => onChange(e.detail.value ? ROLE_CHOICES.map((x) => x.value).filter((x) => x === c.value || roles.includes(x)) : roles.filter((x) => x !== c.value))}
          />
        </View>
      ))}
    </View>
  );
}

/** One setting: label and control, what it changes, its default when changed, and its errors. */
export function FieldRow({ field, value, defaultValue, changed, errors, onChange }: Props) {
  return (
    <View className={`setting${errors.length ? ' setting--error' : ''}`} id={settingAnchor(field.path)}>
      <View className='setting-head'>
        <Text className='setting-label'>{field.label}</Text>
        <Control field={field} value={value} onChange={onChange} />
      </View>
      {field.kind === 'roles' ? <Roles value={value} onChange={onChange} /> : null}
      <Text className='muted setting-hint'>{field.hint}</Text>
      {changed ? <Text className='warn setting-hint'>已修改，默认：{describe(defaultValue, field.kind, field.unit)}</Text> : null}
      {errors.map((m) => (
        <Text className='bad setting-hint' key={m}>
          {m}
        </Text>
      ))}
    </View>
  );
}
