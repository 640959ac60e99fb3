import { Text } from '@tarojs/components';

interface Credit {
  credited: number;
  present: number;
  field: number;
  official: number;
  notCountedReason: string;
}

/** Under 已计在村: how the credited days add up (each day once), and the days set apart with why. */
export function CreditLines({ c }: { c: Credit }) {
  return (
    <>
      {c.credited > 0 ? (
        <Text className='muted'>
          其中在村{c.present}天{c.field ? ` · 外勤${c.field}天` : ''}
          {c.official ? ` · 公假${c.official}天` : ''}（同一天只算一次）
        </Text>
      ) : null}
      {c.notCountedReason ? <Text className='muted'>{c.notCountedReason}</Text> : null}
    </>
  );
}
