import type { PropsWithChildren } from 'react';
import './styles/nutui';
import './app.scss';

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
