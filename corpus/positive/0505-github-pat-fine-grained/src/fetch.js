// nightly export
const res = await fetch("https://api.github.com/repos?access_token=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&format=json");
console.log(res.status);
