// NutUI styles of the components the app uses (the whole library's CSS would be 230 KB in the main package).
import '@nutui/icons-react-taro/dist/style_icon.css';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/image/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/steps/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/step/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/avatar/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/popup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/overlay/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/rate/style/style.css';
