// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=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&format=json");
console.log(res.status);
