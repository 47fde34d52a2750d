import pymysql

conn = pymysql.connect(host='db-156xrp.orbitcloud.net', user='svc_app', passwd='XR1%YKvetoCYPLxZFY8XC20P', database='dw')
