from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page by an empty HomePage as the site root."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("cms.HomePage")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()

    root = Page.objects.get(depth=1)
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    home = HomePage.objects.create(
        title="Beccaria LMS",
        draft_title="Beccaria LMS",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale_id=root.locale_id,
        intro="",
        body="[]",
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "site_name": "Beccaria LMS",
            "root_page": home,
        },
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("cms.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial")]
    operations = [migrations.RunPython(create_homepage, remove_homepage)]
