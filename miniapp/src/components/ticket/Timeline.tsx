import { View } from '@tarojs/components';
import { Step, Steps } from '@nutui/nutui-react-taro';
import type { TicketEvent } from '@contract/tickets';
import { eventLabel, formatTime, t } from '../../i18n';

/** The actor by name and role; by role only when the server withholds the name (guests, followers). */
function actorOf(e: TicketEvent): string {
  const role = t(`role.${e.actor.role}`);
  if (!e.actor.name) return role;
  return e.actor.role === 'system' ? e.actor.name : `${e.actor.name} · ${role}`;
}

/** Who did what, when — newest first, so the current state is on top. */
export function Timeline({ events }: { events: TicketEvent[] }) {
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <View data-testid="timeline" className="timeline">
      <Steps direction="vertical" type="dot" status="dynamic" value={1}>
        {newestFirst.map((e, i) => (
          <Step
            key={e.seq}
            value={i + 1}
            title={eventLabel(e.type)}
            description={
              <View className="timeline__desc">
                <View>
                  {actorOf(e)} · {formatTime(e.at)}
                </View>
                {e.note ? <View>{e.note}</View> : null}
              </View>
            }
          />
        ))}
      </Steps>
    </View>
  );
}
