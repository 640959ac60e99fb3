import { Text, Textarea, View } from '@tarojs/components';
import { DIARY_SECTION_KEYS, DIARY_SECTION_LABELS, DIARY_SECTION_MAX, type DiarySectionKey, type DiarySections } from '../../../../core/diary/sections';

const HINTS: Record<DiarySectionKey, string> = {
  visits: '今天走访了哪些农户，了解到什么情况',
  party: '组织生活、党员学习、支部建设',
  industry: '产业项目、合作社、销路',
  service: '为群众办了哪些实事',
  other: '其他工作',
};

/** The five sections as large text boxes (the first one is 走访农户). */
export function SectionFields({ value, onChange }: { value: DiarySections; onChange: (key: DiarySectionKey, text: string) => void }) {
  return (
    <View className='stack'>
      {DIARY_SECTION_KEYS.map((k) => (
        <View key={k} className='diary-field'>
          <View className='diary-field__label'>
            <Text>{DIARY_SECTION_LABELS[k]}</Text>
            {value[k].length > DIARY_SECTION_MAX - 200 ? (
              <Text className='muted'>
                {value[k].length}/{DIARY_SECTION_MAX}
              </Text>
            ) : null}
          </View>
          <Textarea
            className='diary-textarea'
            value={value[k]}
            maxlength={DIARY_SECTION_MAX}
            autoHeight
            placeholder={HINTS[k]}
            onInput={(e) => onChange(k, e.detail.value)}
          />
        </View>
      ))}
    </View>
  );
}
