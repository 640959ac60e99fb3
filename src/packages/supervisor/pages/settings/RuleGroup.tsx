import { Text, View } from '@tarojs/components';
import { DEFAULT_RULE_CONFIG } from '../../../../core/rules/config';
import { getAt, sameValue, type Draft, type PlacedErrors } from './draft';
import type { GroupDef } from './fields';
import { FieldRow } from './FieldRow';

interface Props {
  group: GroupDef;
  draft: Draft;
  errors: PlacedErrors;
  onChange: (path: string, value: unknown) => void;
  onRestore: () => void;
}

/** One card of settings (驻村要求, 工作日志, …) with 恢复默认 for the whole group. */
export function RuleGroup({ group, draft, errors, onChange, onRestore }: Props) {
  const isDefault = sameValue(draft[group.key], DEFAULT_RULE_CONFIG[group.key]);
  return (
    <View className='card' id={`group-${group.key}`}>
      <View className='setting-group-head'>
        <Text className='card-title'>{group.title}</Text>
        {isDefault ? (
          <Text className='muted'>默认设置</Text>
        ) : (
          <Text className='link' onClick={onRestore}>
            恢复默认
          </Text>
        )}
      </View>
      {(errors.byGroup[group.key] ?? []).map((m) => (
        <Text className='bad setting-hint' key={m}>
          {m}
        </Text>
      ))}
      {group.fields.map((field) => {
        const value = getAt(draft, field.path);
        const defaultValue = getAt(DEFAULT_RULE_CONFIG, field.path);
        return (
          <FieldRow
            key={field.path}
            field={field}
            value={value}
            defaultValue={defaultValue}
            changed={!sameValue(value, defaultValue)}
            errors={errors.byField[field.path] ?? []}
            onChange={(v) => onChange(field.path, v)}
          />
        );
      })}
    </View>
  );
}
