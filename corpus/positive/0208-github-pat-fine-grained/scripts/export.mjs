// nightly export
const res = await fetch("https://api.github.com/repos?access_token=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&format=json");
console.log(res.status);
