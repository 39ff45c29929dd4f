export { cell as shown } from './cells';
