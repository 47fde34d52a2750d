// nightly export
const res = await fetch("https://api.github.com/repos?access_token=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&format=json");
console.log(res.status);
