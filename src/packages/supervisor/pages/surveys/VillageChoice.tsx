import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '../../../../../types';
import type { villagePicker } from '../../../../../types/actions/org';
import { MAX_CAMPAIGN_VILLAGES } from '../../../../../types/survey';
import { PageState } from '../../../../components/PageState';
import { useQuery } from '../../../../hooks/useQuery';

type Answer = OutputOf<typeof villagePicker>;
type Village = Answer['villages'][number];

/** A chosen village and its township (for the per-township count of a large scope). */
export type Pick = { id: string; townshipId: string };

/**
 * The villages of a new campaign. A small scope (its villages all came in `scope`) is one list of
 * chips, all chosen at first. A large one is picked township first: tap a township, then
 * 全选本乡镇 / 取消 or the villages one by one; each township shows how many of its villages are chosen.
 */
export function VillageChoice({ scope, picked, onPick }: { scope: Answer; picked: Pick[]; onPick: (next: Pick[]) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const township = useQuery('org.villagePicker', { townshipId: open ?? undefined }, { enabled: !scope.whole && open !== null });
  const ids = new Set(picked.map((p) => p.id));
  const toggle = (v: Village) => onPick(ids.has(v.id) ? picked.filter((p) => p.id !== v.id) : [...picked, { id: v.id, townshipId: v.townshipId }]);
  const chips = (villages: readonly Village[]) =>
    villages.map((v) => (
      <Text key={v.id} className={`survey-chip${ids.has(v.id) ? ' survey-chip--on' : ''}`} onClick={() => toggle(v)}>
        {v.name}
      </Text>
    ));

  if (scope.whole) return <View>{chips(scope.villages)}</View>;

  const shown = township.data?.townshipId === open ? township.data : undefined;
  const openName = scope.townships.find((t) => t.id === open)?.name ?? '';
  const chosenIn = (townshipId: string) => picked.filter((p) => p.townshipId === townshipId).length;
  return (
    <View>
      <Text className='survey-label'>
        {scope.scope.name}共{scope.total}个村，一次最多选{MAX_CAMPAIGN_VILLAGES}个村。请先点乡镇，再选村。
      </Text>
      {scope.townships.map((t) => {
        const n = chosenIn(t.id);
        return (
          <Text
            key={t.id}
            className={`survey-chip${n ? ' survey-chip--on' : ''}${open === t.id ? ' survey-chip--open' : ''}`}
            onClick={() => setOpen(open === t.id ? null : t.id)}
          >
            {t.name}（{n ? `已选${n}/` : ''}
            {t.villages}村）
          </Text>
        );
      })}
      {open ? (
        <View className='survey-township'>
          <View className='card-title'>{openName}的村</View>
          <PageState loading={township.loading} error={township.error} onRetry={township.reload} hasData={!!shown}>
            {shown ? (
              <View>
                <View className='survey-township-actions'>
                  <Text
                    className='survey-chip'
                    onClick={() => onPick([...picked, ...shown.villages.filter((v) => !ids.has(v.id)).map((v) => ({ id: v.id, townshipId: v.townshipId }))])}
                  >
                    全选本乡镇
                  </Text>
                  <Text className='survey-chip' onClick={() => onPick(picked.filter((p) => p.townshipId !== open))}>
                    取消本乡镇
                  </Text>
                </View>
                {chips(shown.villages)}
              </View>
            ) : null}
          </PageState>
        </View>
      ) : null}
    </View>
  );
}
