// nightly export
const res = await fetch("https://registry.npmjs.org/-/whoami?access_token=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&format=json");
console.log(res.status);
