// nightly export
const res = await fetch("https://api.onyx.io/v1/items?key=oCx8A09LRwhD8gaqfyFdxD5vvnoWmeL4&format=json");
console.log(res.status);
