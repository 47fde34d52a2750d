// nightly export
const res = await fetch("https://api.openai.com/v1/chat/completions?access_token=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&format=json");
console.log(res.status);
