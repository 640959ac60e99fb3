import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { GROUP_LABELS, type InspectionGroup } from '../../../../core/inspection/template';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { toUiError } from '../../../../hooks/errors';
import { useQuery } from '../../../../hooks/useQuery';
import { api } from '../../../../services/client';
import '../record/record.css';

interface Item {
  key: string;
  group: InspectionGroup;
  text: string;
  evidence?: 'coverage' | 'presence';
}

/**
 * The county's (or city's) copy of the record's items: start from annex 2 (seed 002) word for word,
 * change or add items (today's 乡村振兴 items, say). New records use it; a record already opened keeps
 * the text it was filled with.
 */
export default function TemplatePage() {
  const q = useQuery('inspection.template', {});
  const [name, setName] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (q.data) {
      setName(q.data.name);
      setItems(q.data.items);
    }
  }, [q.data]);
  const set = (i: number, text: string) => setItems((l) => l.map((x, k) => (k === i ? { ...x, text } : x)));
  const add = (group: InspectionGroup) =>
    setItems((l) => {
      let n = l.filter((x) => x.group === group).length + 1;
      while (l.some((x) => x.key === `${group}-${n}`)) n++;
      return [...l, { key: `${group}-${n}`, group, text: '' }];
    });
  const save = async (reset: boolean) => {
    setBusy(true);
    setNote(null);
    try {
      const out = await api('inspection.templateSave', { name, items: items.map((i) => ({ key: i.key, group: i.group, text: i.text, ...(i.evidence ? { evidence: i.evidence } : {}) })), reset });
      setName(out.name);
      setItems(out.items);
      setNote({ ok: true, text: reset ? '已恢复为附件2原文。' : '已保存，新开的纪实表按此填写。' });
    } catch (e) {
      const err = toUiError(e);
      setNote({ ok: false, text: [err.message, ...err.details.map((d) => d.message).filter((m) => m !== err.message)].join('；') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='page'>
      <View className='title'>督查指标</View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!q.data}>
        {q.data ? (
          <View className='stack'>
            <View className='card stack'>
              <Text>
                {q.data.scopeName}
                {q.data.builtIn ? '正在使用附件2原文（巴市组办〔2015〕125号）。' : '正在使用本地修改的指标。'}
              </Text>
              <Text className='muted'>改动只用于以后新开的纪实表；已开的纪实表保留当时的指标原文。</Text>
              <Input className='text-field' value={name} maxlength={40} placeholder='表名' onInput={(e) => setName(e.detail.value ?? '')} />
            </View>
            {(['team', 'secretary'] as const).map((g) => (
              <View className='card stack' key={g}>
                <Text className='card-title'>{GROUP_LABELS[g]}</Text>
                {items.map((it, i) =>
                  it.group === g ? (
                    <View key={it.key} className='insp-item stack'>
                      <Input className='text-field' value={it.text} maxlength={100} placeholder='指标（4到100字）' onInput={(e) => set(i, e.detail.value ?? '')} />
                      {it.evidence ? <Text className='muted'>系统会在此项旁给出{it.evidence === 'coverage' ? '每天在岗' : '驻村天数'}数据。</Text> : null}
                      <Text className='link' onClick={() => setItems((l) => l.filter((_, k) => k !== i))}>
                        删除此项
                      </Text>
                    </View>
                  ) : null,
                )}
                <Text className='link' onClick={() => add(g)}>
                  ＋ 添加指标
                </Text>
              </View>
            ))}
            <Button type='primary' size='xlarge' block loading={busy} onClick={() => save(false)}>
              保存指标
            </Button>
            {!q.data.builtIn ? (
              <Button size='large' block loading={busy} onClick={() => save(true)}>
                恢复为附件2原文
              </Button>
            ) : null}
            {note ? <Text className={note.ok ? 'ok' : 'bad'}>{note.text}</Text> : null}
          </View>
        ) : null}
      </PageState>
    </View>
  );
}
