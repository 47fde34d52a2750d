#ifndef CONFIG_H
#define CONFIG_H
#define TZ "UTC"
#define DISCORD_BOT_TOKEN "NDM5Nzk3MDYzMzMzNjE1NDU3OA.rUhamM.ecgv4FkEel_Qxa56WGsAHFQmiwIGx2D7TbACgq"
#endif
