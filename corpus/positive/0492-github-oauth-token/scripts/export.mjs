// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=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&format=json");
console.log(res.status);
