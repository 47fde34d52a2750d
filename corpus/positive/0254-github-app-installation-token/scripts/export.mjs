// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=ghs_N7fGP85EgOscF0poWZQ4kK1khO04qw4Ccfo0&format=json");
console.log(res.status);
