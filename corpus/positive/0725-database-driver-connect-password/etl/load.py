import pymysql

conn = pymysql.connect(host='willow-7.prod.raven.com', user='ci-bot', passwd='gTFzg#nPMXUQgX0xc^ZMlkL', database='dw')
