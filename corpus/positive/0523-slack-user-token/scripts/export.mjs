// nightly export
const res = await fetch("https://slack.com/api/users.list?access_token=xoxp-29824242863-797133212734-4772333462998-326ac0af50e690b9db071da69cab836e&format=json");
console.log(res.status);
