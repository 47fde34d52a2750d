// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=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&format=json");
console.log(res.status);
