import { Empty } from '@nutui/nutui-react-taro';
import { Failure, List } from '@nutui/icons-react-taro';

/**
 * NutUI's Empty with a local icon: its default pictures come from a JD CDN, which a hospital
 * network may block and which the mini-program should not depend on.
 */
export function EmptyState({ description, error = false, small = false }: { description: string; error?: boolean; small?: boolean }) {
  const size = small ? 40 : 56;
  return (
    <Empty
      size={small ? 'small' : 'base'}
      description={description}
      image={error ? <Failure size={size} color="#f5a623" /> : <List size={size} color="#c8c9cc" />}
    />
  );
}
