// nightly export
const res = await fetch("https://api.github.com/repos?access_token=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&format=json");
console.log(res.status);
