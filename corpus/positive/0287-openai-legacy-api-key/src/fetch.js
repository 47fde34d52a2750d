// nightly export
const res = await fetch("https://api.openai.com/v1/models?access_token=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&format=json");
console.log(res.status);
