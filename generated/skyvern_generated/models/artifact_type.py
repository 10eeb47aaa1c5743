from enum import StrEnum


class ArtifactType(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (ArtifactType.audio). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    audio = "audio"
    browser_console_log = "browser_console_log"
    browser_session_action_log = "browser_session_action_log"
    download = "download"
    eval_rubrics = "eval_rubrics"
    eval_score = "eval_score"
    eval_trajectory = "eval_trajectory"
    har = "har"
    hashed_href_map = "hashed_href_map"
    html = "html"
    html_action = "html_action"
    html_pre_submit = "html_pre_submit"
    html_scrape = "html_scrape"
    llm_prompt = "llm_prompt"
    llm_request = "llm_request"
    llm_response = "llm_response"
    llm_response_parsed = "llm_response_parsed"
    llm_response_rendered = "llm_response_rendered"
    pdf = "pdf"
    recording = "recording"
    screenshot = "screenshot"
    screenshot_action = "screenshot_action"
    screenshot_final = "screenshot_final"
    screenshot_llm = "screenshot_llm"
    screenshot_pre_submit = "screenshot_pre_submit"
    screenshot_proxy = "screenshot_proxy"
    script_file = "script_file"
    session_replay = "session_replay"
    skyvern_log = "skyvern_log"
    skyvern_log_raw = "skyvern_log_raw"
    step_archive = "step_archive"
    task_archive = "task_archive"
    trace = "trace"
    unknown = "unknown"
    visible_elements_id_css_map = "visible_elements_id_css_map"
    visible_elements_id_frame_map = "visible_elements_id_frame_map"
    visible_elements_id_xpath_map = "visible_elements_id_xpath_map"
    visible_elements_tree = "visible_elements_tree"
    visible_elements_tree_in_prompt = "visible_elements_tree_in_prompt"
    visible_elements_tree_trimmed = "visible_elements_tree_trimmed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ArtifactType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
