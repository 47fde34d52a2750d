import pymysql

conn = pymysql.connect(host='onyx.us-east-1.rds.amazonaws.com', user='quartz_svc', passwd='0i^F.ex!etInDk2XB.!yIPM_', database='dw')
