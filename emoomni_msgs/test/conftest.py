from emoomni_ros.testing import configure_ros_test_env

configure_ros_test_env()
