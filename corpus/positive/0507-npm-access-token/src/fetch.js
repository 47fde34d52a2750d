// nightly export
const res = await fetch("https://registry.npmjs.org/-/whoami?access_token=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&format=json");
console.log(res.status);
