"""The registry of activity kinds: how each kind of activity page counts.

Each app registers the kinds it owns from its `AppConfig.ready()` (this
app: lesson, knowledge check, seminar day; the practice-project app: the
practice project), so progress learns a new kind without being edited.
"""

_kinds = {}


class ActivityKind:
    """How progress reads one kind of activity page.

    `programme_progress` reads the records of all registered kinds in one
    query over the ActivityRecord family (`record_value` names the kind's
    column there), calls `load` once per call for everything else, and then
    `activity` for each enrolment and page of `page_model`.
    """

    #: The ActivityProgress.kind of this kind's activities.
    name = ""
    #: The page model handled (a Page subclass with `required` and
    #: `teaching_units`).
    page_model = None
    #: The value read from this kind's ActivityRecord subclass, as a lookup
    #: from ActivityRecord ("quizattempt__score"); None reads no records.
    record_value = None
    #: Page fields progress never reads (bodies, questions): not loaded.
    deferred_fields = ()

    def load(self, enrolments, records):
        """What `activity` needs for all `enrolments`, in a constant number of
        queries. `records` maps (enrolment id, page id) to the list of
        `record_value`s of that participant at that page."""
        return records

    def activity(self, page, progress, loaded):
        """The ActivityProgress of `page` for `progress.enrolment`, or None
        when the page is not part of the enrolment. `progress` is the
        ProgrammeProgress being built; a kind may add to its upcoming seminar
        days. `loaded` is what `load` returned."""
        raise NotImplementedError

    def missing(self, activity):
        """Why a required `activity` of this kind stands in the way of the
        certificate beyond being open, as German sentences."""
        return []


def register_activity_kind(kind):
    """Make `kind` (an ActivityKind) count for progress. Registering a kind
    of the same name again replaces it."""
    _kinds[kind.name] = kind
    return kind


def activity_kinds():
    """The registered kinds, in the order they were registered."""
    return list(_kinds.values())


def activity_kind(name):
    """The registered kind called `name`."""
    return _kinds[name]
