/** opencc-js ships its dictionaries as plain ES modules without typings: "key value|key value …". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
