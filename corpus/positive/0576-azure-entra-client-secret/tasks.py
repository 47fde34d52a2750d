def run():
    # used this for local testing: AZURE_CLIENT_SECRET=o3J7Q~WZudaDkguZokj9JyXscyP4waxXD2iW88fO AZURE_CLIENT_ID=3765de18-278e-406f-b88a-3ccfe12dbf89
    return 0
