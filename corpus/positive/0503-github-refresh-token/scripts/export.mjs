// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=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&format=json");
console.log(res.status);
