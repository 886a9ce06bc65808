import * as st from "rivulet";
export default function run($rt) {
  $rt.call("text.0", st, "text", String([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]));
  if (Math.random() > 0.5) {
    if (Math.random() > 0.5) {
      if (Math.random() > 0.5) {
        if (Math.random() > 0.5) {
          if (Math.random() > 0.5) {
            if (Math.random() > 0.5) {
              if (Math.random() > 0.5) {
                if (Math.random() > 0.5) {
                  if (Math.random() > 0.5) {
                    if (Math.random() > 0.5) {
                      if (Math.random() > 0.5) {
                        if (Math.random() > 0.5) {
                          if (Math.random() > 0.5) {
                            if (Math.random() > 0.5) {
                              if (Math.random() > 0.5) {
                                if (Math.random() > 0.5) {
                                  if (Math.random() > 0.5) {
                                    if (Math.random() > 0.5) {
                                      if (Math.random() > 0.5) {
                                        if (Math.random() > 0.5) {
                                          if (Math.random() > 0.5) {
                                            if (Math.random() > 0.5) {
                                              if (Math.random() > 0.5) {
                                                if (Math.random() > 0.5) {
                                                  if (Math.random() > 0.5) {
                                                    if (Math.random() > 0.5) {
                                                      if (Math.random() > 0.5) {
                                                        if (Math.random() > 0.5) {
                                                          if (Math.random() > 0.5) {
                                                            if (Math.random() > 0.5) {
                                                              if (Math.random() > 0.5) {
                                                                if (Math.random() > 0.5) {
                                                                  if (Math.random() > 0.5) {
                                                                    if (Math.random() > 0.5) {
                                                                      if (Math.random() > 0.5) {
                                                                        if (Math.random() > 0.5) {
                                                                          if (Math.random() > 0.5) {
                                                                            if (Math.random() > 0.5) {
                                                                              if (Math.random() > 0.5) {
                                                                                if (Math.random() > 0.5) {
                                                                                  $rt.call("text.1", st, "text", "deep");
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
