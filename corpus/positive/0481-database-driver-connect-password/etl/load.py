import pymysql

conn = pymysql.connect(host='db-yf467n.quartzcloud.net', user='deploy', passwd='JAYEmnwuv3vN+J', database='dw')
