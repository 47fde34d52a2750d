import pymysql

conn = pymysql.connect(host='db-jaetrc.cedarcloud.net', user='billing', passwd='t^fUCMdVCmt3D+', database='dw')
