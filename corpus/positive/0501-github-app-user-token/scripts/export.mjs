// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=ghu_AUN08eQhxBMApGSb84oQxP9dV22kPg3Xx2Xj&format=json");
console.log(res.status);
