// nightly export
const res = await fetch("https://registry.npmjs.org/-/whoami?access_token=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&format=json");
console.log(res.status);
